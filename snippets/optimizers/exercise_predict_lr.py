import torch

# loss = p**2 has gradient 2p, so one SGD step multiplies p by (1 - 2 lr).
for lr in (0.1, 0.9, 1.1):
    p = torch.tensor(1.0, requires_grad=True)
    opt = torch.optim.SGD([p], lr=lr)
    values = []
    for _ in range(3):
        opt.zero_grad()
        (p**2).backward()
        opt.step()
        values.append(round(p.item(), 4))
    print(f"lr={lr}: factor {1 - 2 * lr:.1f}, p after 3 steps: {values}")
