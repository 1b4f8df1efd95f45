import torch

torch.manual_seed(0)
true_w, true_b = torch.tensor([2.0, -3.0]), 0.5
X = torch.randn(100, 2)
y = X @ true_w + true_b + 0.1 * torch.randn(100)
w = torch.zeros(2, requires_grad=True)
b = torch.zeros((), requires_grad=True)
lr = 0.1

for step in range(50):
    loss = ((X @ w + b - y) ** 2).mean()  # forward + loss
    loss.backward()  # gradients
    with torch.no_grad():  # update, unrecorded
        w -= lr * w.grad
        b -= lr * b.grad
    w.grad.zero_()  # clear for the next step
    b.grad.zero_()
    if step % 10 == 0 or step == 49:
        print(f"step {step:2d}  loss {loss.item():.4f}")

print("learned w:", w.detach(), " true w:", true_w)
print(f"learned b: {b.item():.4f}  true b: {true_b}")
