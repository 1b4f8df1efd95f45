import torch

# float64 keeps rounding out of the comparison: near x = 4, 1 - tanh^2
# subtracts two nearly equal numbers and float32 loses digits there.
x = torch.tensor([-4.0, -2.0, 0.0, 2.0, 4.0], dtype=torch.float64)
x.requires_grad_()


def show(label, t):
    print(label, [round(v, 4) for v in t.tolist()])


s = torch.sigmoid(x)
s.sum().backward()  # the sum makes x.grad[i] = d sigmoid(x_i) / d x_i
show("sigmoid' autograd:", x.grad)
show("s * (1 - s):      ", s.detach() * (1 - s.detach()))
print("match:", torch.allclose(x.grad, s * (1 - s)))

x.grad = None  # start the next derivative from a clean slate
t = torch.tanh(x)
t.sum().backward()
show("tanh' autograd:   ", x.grad)
show("1 - tanh^2:       ", 1 - t.detach() ** 2)
print("match:", torch.allclose(x.grad, 1 - t**2))
